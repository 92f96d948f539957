package org.hotline.platform.problem;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A number parameter that is not a number ({@code limit=abc}, {@code after=1.5}, {@code /dispatches/x}) is a 400
 * naming the parameter — JAX-RS would answer 404, as if the resource did not exist.
 */
public class NumberParameters {
    private static final Set<Class<?>> WHOLE = Set.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class);
    private static final Map<Method, List<Param>> BY_METHOD = new ConcurrentHashMap<>();

    private record Param(String name, boolean query, Class<?> type) {
    }

    @ServerRequestFilter
    public void check(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        for (Param p : BY_METHOD.computeIfAbsent(method, NumberParameters::numbers)) {
            List<String> values = p.query() ? uri.getQueryParameters().get(p.name()) : uri.getPathParameters().get(p.name());
            for (String value : values == null ? List.<String>of() : values) {
                if (!whole(value, p.type())) {
                    throw ProblemException.invalid(p.name(), "must be a whole number");
                }
            }
        }
    }

    private static List<Param> numbers(Method method) {
        return java.util.Arrays.stream(method.getParameters()).filter(p -> WHOLE.contains(p.getType()))
                .map(NumberParameters::param).filter(java.util.Objects::nonNull).toList();
    }

    private static Param param(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            if (a instanceof QueryParam q) {
                return new Param(q.value(), true, p.getType());
            }
            if (a instanceof PathParam path) {
                return new Param(path.value(), false, p.getType());
            }
        }
        return null;
    }

    static boolean whole(String value, Class<?> type) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == short.class || type == Short.class) {
                Short.parseShort(value);
            } else {
                Long.parseLong(value);
            }
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
