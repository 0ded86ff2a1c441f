package org.icmf.membership;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param suggestedFee           an amount shown as an example next to the fee field (never pre-filled); unset, as
 *                               the seed sets none ("sans montant pré-défini"), no example is shown
 * @param minimumFee             the smallest fee accepted, in euros
 * @param maximumFee             the largest fee accepted, in euros (a typo guard, not a ceiling on generosity)
 * @param chequePayee            to whom cheques are made out
 * @param confirmationValidity   how long an applicant has to confirm their e-mail before the application is purged
 * @param renewalRemindersFrom   from which day of the year last year's members who have not paid are reminded
 * @param formerMemberRetentionYears how many civil years after the last one they paid (or joined) a former
 *                               member's data is kept before it is erased (their dues stay, anonymous)
 * @param rejectedApplicationRetention how long a rejected application is kept after the decision
 * @param nextYearDuesFrom       from which day of the year a cheque pays, unless the treasurer says otherwise,
 *                               for the next civil year (unset: always the year it arrives)
 */
@ConfigurationProperties("icmf.membership")
public record MembershipProperties(
        BigDecimal suggestedFee,
        @DefaultValue("1") BigDecimal minimumFee,
        @DefaultValue("5000") BigDecimal maximumFee,
        @DefaultValue("ICMF") String chequePayee,
        @DefaultValue("7d") Duration confirmationValidity,
        @DefaultValue("--01-15") MonthDay renewalRemindersFrom,
        @DefaultValue("3") int formerMemberRetentionYears,
        @DefaultValue("365d") Duration rejectedApplicationRetention,
        MonthDay nextYearDuesFrom) {}
