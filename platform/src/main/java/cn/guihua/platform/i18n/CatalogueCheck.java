package cn.guihua.platform.i18n;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/** Refuses to start when a text of the catalogue exists in one language only. */
@ApplicationScoped
class CatalogueCheck {

    void check(@Observes StartupEvent event) {
        Set<String> unmatched = Messages.unmatchedKeys();
        if (!unmatched.isEmpty()) {
            throw new IllegalStateException("The message catalogue is incomplete: " + String.join("; ", unmatched));
        }
    }
}
