/**
 * Public API of the pipeline. The pipeline never imports bot-core: its only output is incident events
 * as JSON (wire contract v1, docs/wire-contract.md), handed to an {@link IncidentEventDelivery} that
 * deploy wires to the bot when both run in one process.
 */
package io.alertify.pipeline.api;
