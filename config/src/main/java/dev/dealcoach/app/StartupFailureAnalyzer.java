package dev.dealcoach.app;

import dev.dealcoach.core.load.DataFileException;
import dev.dealcoach.core.review.PlaybookException;
import dev.dealcoach.core.risk.RiskRulesException;
import dev.dealcoach.core.store.StoreUnavailableException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** Turns the start-up failures people can fix themselves into a short explanation instead of a stack trace. */
class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreUnavailableException e) {
                return new FailureAnalysis(e.getMessage(),
                        "Start Redis, or correct REDIS_URL. To run without Redis, unset REDIS_URL "
                                + "(and dealcoach.store=redis): the in-memory store is then used.", e);
            }
            if (cause instanceof PlaybookException e) {
                return new FailureAnalysis(e.getMessage(),
                        "Correct the playbook at the path shown (the format is described at the top of the bundled "
                                + "meddpicc.yml), or unset DEALCOACH_REVIEW_PLAYBOOKS_DIR to use the bundled playbooks.", e);
            }
            if (cause instanceof RiskRulesException e) {
                return new FailureAnalysis(e.getMessage(),
                        "Correct the slip-risk rules file at the path shown (the format is described at the top of the bundled "
                                + "risk/slip-risk.yml), or unset DEALCOACH_RISK_RULES_FILE to use the bundled rules.", e);
            }
            if (cause instanceof CrmConfiguration.CrmSettingsException e) {
                return new FailureAnalysis(e.getMessage(), "Set what the message names (README, \"Connect your CRM\"), or unset "
                        + "DEALCOACH_CRM to take deals from the deals file.", e);
            }
            if (cause instanceof DataFileException e) {
                return new FailureAnalysis(e.getMessage(),
                        "Correct the file at the lines shown, or unset DEALCOACH_ORG_FILE and DEALCOACH_DEALS_FILE "
                                + "to start with the bundled demo org.", e);
            }
        }
        return null;
    }
}
