package se.lansstyrelsen.jvg.config;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Makes Länsstyrelsen's contact details ({@code accession.contact.*}) available to every Thymeleaf
 * template as {@code #contact}: the public pages' footer and the e-mails' signature use it, whoever builds
 * the template's model. Spring Boot adds every dialect bean to its template engine.
 */
@Component
class ContactDetailsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final AccessionSettings settings;

    ContactDetailsDialect(AccessionSettings settings) {
        super("accession-contact");
        this.settings = settings;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("contact");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return settings.getContact();
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return false;
            }
        };
    }
}
