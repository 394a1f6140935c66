package cn.guihua.platform.i18n;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

/**
 * Bean validation messages in the language of the request, read with the platform's lenient {@code Accept-Language}
 * parser: a malformed header falls back to Chinese instead of failing the request.
 */
@ApplicationScoped
public class ValidationLocale implements LocaleResolver {

    @Override
    public Locale resolve(LocaleResolverContext context) {
        return RequestLanguage.current().locale;
    }
}
