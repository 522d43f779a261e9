package dev.dealcoach.core.conversation;

import java.util.Set;

/** Words that name a role or a team in a customer's company: {@code CFO}, {@code VP}, {@code head}, {@code procurement}. */
final class Roles {

    private static final Set<String> ROLES = Set.of("cfo", "ceo", "coo", "cto", "cio", "cro", "cmo", "cpo", "ciso",
            "cso", "cdo", "vp", "svp", "evp", "avp", "gm", "md", "president", "director", "head", "chief", "founder",
            "cofounder", "controller", "comptroller", "treasurer", "counsel", "gc", "finance", "procurement",
            "purchasing", "legal", "accounting", "security", "ops", "operations", "board", "committee", "hr",
            "engineering", "manager", "officer");

    private Roles() {
    }

    /** Whether this lower-case word names a role or a team. */
    static boolean isRole(String word) {
        return ROLES.contains(word);
    }
}
