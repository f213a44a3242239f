/**
 * Refusals: the one way a module says no. A {@link org.steward.refusal.Refusal} carries a kind (not
 * found, forbidden, invalid, conflict, illegal move), a message code with its arguments, the fields it
 * concerns and extra properties a client acts on; the texts live in the owning module's zh-CN and
 * English bundles. One translator answers the API with RFC 9457 problem details in the caller's
 * language ({@code ApiRefusals}), one words refusals for pages ({@link org.steward.refusal.RefusalTexts}).
 * Every module may depend on this one; it depends on none (ADR 0006).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Refusals", allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.steward.refusal;
