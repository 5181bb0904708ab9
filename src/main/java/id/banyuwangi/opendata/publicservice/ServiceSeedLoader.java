package id.banyuwangi.opendata.publicservice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import id.banyuwangi.opendata.common.seed.SeedException;
import id.banyuwangi.opendata.common.seed.SeedFiles;
import id.banyuwangi.opendata.common.seed.SeedLoader;
import id.banyuwangi.opendata.source.SourceRepository;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Loads the seven Smart Kampung components of {@code services.json}. The services of the same file are a version of
 * the {@code smart-kampung-services} dataset ({@code datasets.json}) and reach the catalogue only through
 * {@link ServiceCatalogueProjection}; which village offers what, and delivery statistics, have no real source yet
 * and are not seeded.
 */
@Singleton
public class ServiceSeedLoader extends SeedLoader {

    private static final String CATALOGUE = "services.json";

    private final ServiceComponentRepository components;
    private final SourceRepository sources;

    public ServiceSeedLoader(ServiceComponentRepository components, SourceRepository sources) {
        super("services", 30, List.of(CATALOGUE));
        this.components = components;
        this.sources = sources;
    }

    /** The components of the catalogue file (its services are read as a dataset version). */
    @JsonIgnoreProperties("services")
    public record Catalogue(List<ComponentSeed> components) {
    }

    /** A component in {@code services.json}. */
    public record ComponentSeed(String code, String nameId, String nameEn, String source) {
    }

    @Override
    public void load(SeedFiles files) {
        Catalogue catalogue = files.json(CATALOGUE, Catalogue.class);
        for (int i = 0; i < catalogue.components().size(); i++) {
            ComponentSeed seed = catalogue.components().get(i);
            ServiceComponent component = new ServiceComponent();
            component.code = seed.code();
            component.position = i;
            component.nameId = seed.nameId();
            component.nameEn = seed.nameEn();
            component.sourceId = source(seed.source(), seed.code());
            components.persist(component);
        }
    }

    private String source(String id, String owner) {
        if (sources.findByIdOptional(id).isEmpty()) {
            throw new SeedException(CATALOGUE + ": " + owner + " names unknown source " + id);
        }
        return id;
    }
}
