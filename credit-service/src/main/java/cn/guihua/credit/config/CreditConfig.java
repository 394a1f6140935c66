package cn.guihua.credit.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** credit-service's own settings (docs/credit-service.md, "Configuration"). */
@ConfigMapping(prefix = "guihua.credit")
public interface CreditConfig {

    /** The division the documents govern (张店区, 370303); every subject of this service belongs to it. */
    @WithDefault("370303")
    String jurisdiction();

    Calendar calendar();

    Street street();

    LevelWatch levelWatch();

    interface Calendar {
        /** How often objections whose due dates could not be computed are tried again. */
        @WithDefault("60s")
        Duration retryEvery();
    }

    interface Street {
        /** The {@code dept} claims that are the market regulator (区市场监管局), who sets the colour lists. */
        List<String> regulatorDepartments();
    }

    interface LevelWatch {
        @WithDefault("true")
        boolean enabled();

        /** When the daily comparison of levels runs (Quartz cron, China Standard Time). */
        @WithDefault("0 5 0 * * ?")
        String cron();
    }
}
