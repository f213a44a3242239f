package org.steward.enforcement.penalty;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The penalty procedure's time limits and thresholds ({@code steward.enforcement.penalty.*}); every
 * value is a local rule or the law's default and editable per district.
 *
 * @param filingApproval from filing to its approval (立案审批)
 * @param statement the party's period to state and defend after the prior notice (陈述申辩, 第四十五条)
 * @param hearingRequest the party's period to request a hearing (第六十四条: five days, working days by 第八十五条)
 * @param hearingNotice how long before the hearing the party is told its time and place (第六十四条: seven days)
 * @param decision from filing to the decision (第六十条: ninety days)
 * @param service from the decision to its service (第六十一条: seven days)
 * @param payment from service to payment (第六十七条: fifteen days)
 * @param closing from execution to closing approval (结案)
 * @param hearingThresholdPerson a fine of at least this many yuan on a natural person gives the hearing right (较大数额罚款)
 * @param hearingThresholdOrganisation the same for an organisation (a party with a credit code)
 * @param dueSoonBefore how long before a step's limit the page flags it as due soon (the decision: ten days)
 */
@ConfigurationProperties("steward.enforcement.penalty")
record PenaltyProperties(@DefaultValue("7 WORKING_DAYS") StepLimit filingApproval,
		@DefaultValue("3 WORKING_DAYS") StepLimit statement, @DefaultValue("5 WORKING_DAYS") StepLimit hearingRequest,
		@DefaultValue("7 WORKING_DAYS") StepLimit hearingNotice, @DefaultValue("90 DAYS") StepLimit decision,
		@DefaultValue("7 WORKING_DAYS") StepLimit service, @DefaultValue("15 DAYS") StepLimit payment,
		@DefaultValue("10 WORKING_DAYS") StepLimit closing, @DefaultValue("5000") BigDecimal hearingThresholdPerson,
		@DefaultValue("50000") BigDecimal hearingThresholdOrganisation, @DefaultValue("P1D") Duration dueSoonBefore) {
}
