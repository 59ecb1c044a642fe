/**
 * Running a script on request: look it up in the catalogue, check its parameters, run it, and audit
 * the run (a bounded in-memory run log and an INFO line per run).
 */
package io.alertify.remediation.run;
