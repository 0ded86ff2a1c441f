package org.icmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.data.repository.Repository;
import org.springframework.mock.env.MockEnvironment;

/**
 * In a context prepared ahead of time with lazy repositories, a bean needing a repository gets a stand-in, and the
 * repository (whose making waits for Hibernate) is made on its first use only.
 */
class AheadOfTimeLazyRepositoriesTests {

    interface Articles extends Repository<Object, Long> {
        long count();
    }

    record Homepage(Articles articles) {}

    private final AtomicInteger repositoriesMade = new AtomicInteger();

    @Test
    void aPreparedContextMakesARepositoryOnItsFirstUseNotWithTheBeanNeedingIt() {
        DefaultListableBeanFactory beans = context(true, "lazy");

        Homepage homepage = beans.getBean(Homepage.class);
        assertThat(repositoriesMade).hasValue(0);

        assertThat(homepage.articles().count()).isEqualTo(42);
        assertThat(repositoriesMade).hasValue(1);
    }

    @Test
    void aUsualStartOrTheDefaultModeLeavesRepositoriesToSpringData() {
        context(false, "lazy").getBean(Homepage.class);
        assertThat(repositoriesMade).hasValue(1);

        context(true, "default").getBean(Homepage.class);
        assertThat(repositoriesMade).hasValue(2);
    }

    private DefaultListableBeanFactory context(boolean preparedAheadOfTime, String bootstrapMode) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        RootBeanDefinition repository = new RootBeanDefinition(Articles.class, () -> {
            repositoriesMade.incrementAndGet();
            return (Articles) Proxy.newProxyInstance(
                    Articles.class.getClassLoader(), new Class<?>[] {Articles.class}, (proxy, method, args) -> 42L);
        });
        repository.setLazyInit(true);
        beans.registerBeanDefinition("articles", repository);
        RootBeanDefinition homepage = new RootBeanDefinition(Homepage.class);
        homepage.setAutowireMode(RootBeanDefinition.AUTOWIRE_CONSTRUCTOR);
        beans.registerBeanDefinition("homepage", homepage);
        AheadOfTimeLazyRepositories lazy = new AheadOfTimeLazyRepositories(() -> preparedAheadOfTime);
        lazy.setEnvironment(
                new MockEnvironment().withProperty("spring.data.jpa.repositories.bootstrap-mode", bootstrapMode));
        lazy.postProcessBeanFactory(beans);
        beans.preInstantiateSingletons();
        return beans;
    }
}
