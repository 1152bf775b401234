package kr.co.saenal.sandan.news;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every five seconds on every node: the redirects' hits are added and other nodes' changes noticed. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RedirectTimer {

    @Inject
    RedirectLookup lookup;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "redirect hits and changes")
    public void everyFewSeconds() {
        lookup.everyFewSeconds();
    }
}
