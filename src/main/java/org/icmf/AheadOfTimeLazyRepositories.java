package org.icmf;

import java.util.function.BooleanSupplier;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.core.env.Environment;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * With {@code spring.data.jpa.repositories.bootstrap-mode=lazy}, Spring Data gives every bean a lazy stand-in for
 * the repositories it needs, so that Hibernate starts on its own thread while the rest of the context is made. It
 * sets that rule up while it registers the repositories, a step a context prepared ahead of time skips: there, the
 * first bean needing a repository made it at once, and the main thread waited for Hibernate (about a second of a
 * start on two cores). This puts the same rule back for such a context; repositories are then made on first use, as
 * in a usual start.
 */
@Component
class AheadOfTimeLazyRepositories implements BeanFactoryPostProcessor, EnvironmentAware {

    private final BooleanSupplier preparedAheadOfTime;
    private Environment environment;

    AheadOfTimeLazyRepositories() {
        this(AotDetector::useGeneratedArtifacts);
    }

    AheadOfTimeLazyRepositories(BooleanSupplier preparedAheadOfTime) {
        this.preparedAheadOfTime = preparedAheadOfTime;
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
        if (preparedAheadOfTime.getAsBoolean()
                && "lazy".equalsIgnoreCase(environment.getProperty("spring.data.jpa.repositories.bootstrap-mode"))
                && beans instanceof DefaultListableBeanFactory factory) {
            factory.setAutowireCandidateResolver(new LazyRepositoryResolver());
        }
    }

    private static final class LazyRepositoryResolver extends ContextAnnotationAutowireCandidateResolver {

        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            Class<?> type = descriptor.getDependencyType();
            return (type.isInterface() && Repository.class.isAssignableFrom(type)) || super.isLazy(descriptor);
        }
    }
}
