package com.insightiq.platform.entity;

import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.AggregateObjectMapping;

/**
 * EclipseLink loads an embeddable whose columns are all NULL (an {@link Archival} of an item not in the trash) as
 * null; an accessor that then assigns a fresh one makes a mere read dirty the entity, and every read bumped its
 * {@code @Version}, so a client's version went stale without any change. With this customizer
 * ({@code @Customizer(PresentEmbeddables.class)}) embeddables are always instantiated.
 */
public class PresentEmbeddables implements DescriptorCustomizer {
    @Override
    public void customize(ClassDescriptor descriptor) {
        descriptor.getMappings().stream().filter(AggregateObjectMapping.class::isInstance)
                .map(AggregateObjectMapping.class::cast).forEach(m -> m.setIsNullAllowed(false));
    }
}
