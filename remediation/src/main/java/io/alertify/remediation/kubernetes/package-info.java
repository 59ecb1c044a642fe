/**
 * Scripts that act on Kubernetes through the fabric8 client ({@code restart_pod}), the client's
 * configuration, and the retry that every API call goes through.
 */
package io.alertify.remediation.kubernetes;
