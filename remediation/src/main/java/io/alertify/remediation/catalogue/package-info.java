/**
 * The script catalogue: what scripts exist, which parameters each one takes, and the validation of a
 * request's parameters against that declared schema before anything runs. A script receives only
 * parameters that passed its schema, as separate values; nothing here ever builds a command line.
 */
package io.alertify.remediation.catalogue;
