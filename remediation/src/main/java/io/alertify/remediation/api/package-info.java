/**
 * Public API of remediation: run a catalogued script for an incident. Parameters are validated against
 * the script's declared schema; nothing is ever passed to a shell.
 */
package io.alertify.remediation.api;
