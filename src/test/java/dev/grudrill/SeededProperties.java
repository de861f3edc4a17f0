package dev.grudrill;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Gives every jqwik property a seed derived from {@link Seeds} and its name, so that a run is
 * reproducible from the one seed printed. Registered for all properties in
 * {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}.
 */
public final class SeededProperties implements AroundPropertyHook {
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public boolean appliesTo(java.util.Optional<java.lang.reflect.AnnotatedElement> element) {
        return true;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String name = context.containerClass().getName() + "#" + context.targetMethod().getName();
        if (context.attributes().seed().filter(s -> !s.isEmpty()).isEmpty()) {
            context.attributes().setSeed(Long.toString(Seeds.seed(name)));
        }
        PropertyExecutionResult result = property.execute();
        System.out.println("property " + name + ": seed " + result.seed().orElse("?") + " (run seed "
                + Seeds.seed() + "; rerun with " + Seeds.rerun() + ")");
        return result;
    }

    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
