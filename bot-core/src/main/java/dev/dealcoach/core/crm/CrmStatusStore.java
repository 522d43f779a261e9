package dev.dealcoach.core.crm;

/** Keeps the {@link CrmStatus} of the one CRM the app syncs with. */
public interface CrmStatusStore {

    CrmStatus load();

    void save(CrmStatus status);
}
