/**
 * {@code POST /run-script}: runs a catalogued script for an incident on behalf of the caller. Success
 * and failure answer 200 with the run's status and logs; a refused request answers RFC 9457
 * problem+json naming the field at fault (400 for a malformed body, 422 for a script or parameter the
 * catalogue refuses).
 */
package io.alertify.remediation.http;
