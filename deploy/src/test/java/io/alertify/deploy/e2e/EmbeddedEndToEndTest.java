package io.alertify.deploy.e2e;

/** The end-to-end path on the embedded defaults: H2 in a data folder, in-process incident events. */
class EmbeddedEndToEndTest extends EndToEndTest {
}
