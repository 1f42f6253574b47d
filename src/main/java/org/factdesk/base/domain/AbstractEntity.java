package org.factdesk.base.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.proxy.HibernateProxy;
import org.jspecify.annotations.Nullable;

/** An entity with a database-generated id; equality is by id. */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    public @Nullable Long getId() {
        return id;
    }

    /** The id of a persisted entity. */
    public long id() {
        if (id == null) {
            throw new IllegalStateException("Entity is not persisted yet");
        }
        return id;
    }

    @Override
    public final boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || effectiveClass(this) != effectiveClass(obj)) {
            return false;
        }
        var other = (AbstractEntity) obj;
        return id != null && id.equals(other.getId());
    }

    @Override
    public final int hashCode() {
        // Constant so that an entity keeps its hash code when it is persisted.
        return effectiveClass(this).hashCode();
    }

    private static Class<?> effectiveClass(Object o) {
        return o instanceof HibernateProxy proxy
                ? proxy.getHibernateLazyInitializer().getPersistentClass()
                : o.getClass();
    }
}
