package dev.grudrill.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Creates commands, handing the {@link Context} to those whose constructor takes one. */
final class AppFactory implements IFactory {
    private final Context context;
    private final IFactory fallback = CommandLine.defaultFactory();

    AppFactory(Context context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        for (Constructor<?> constructor : cls.getDeclaredConstructors()) {
            Class<?>[] types = constructor.getParameterTypes();
            if (types.length == 1 && types[0] == Context.class) {
                constructor.setAccessible(true);
                return cls.cast(constructor.newInstance(context));
            }
        }
        return fallback.create(cls);
    }
}
