package id.banyuwangi.opendata.publicservice;

import id.banyuwangi.opendata.common.seed.SeedException;
import id.banyuwangi.opendata.common.seed.SeedFiles;
import id.banyuwangi.opendata.common.seed.SeedLoader;
import id.banyuwangi.opendata.source.SourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the Smart Kampung catalogue ({@code services.json}): the seven components and the services the sources
 * name, each with its channels and source. Which village offers what, and delivery statistics, have no real
 * source yet and are not seeded.
 */
@ApplicationScoped
public class ServiceSeedLoader implements SeedLoader {

    private static final String CATALOGUE = "services.json";

    private final ServiceComponentRepository components;
    private final PublicServiceRepository services;
    private final SourceRepository sources;

    public ServiceSeedLoader(ServiceComponentRepository components, PublicServiceRepository services,
            SourceRepository sources) {
        this.components = components;
        this.services = services;
        this.sources = sources;
    }

    /** The catalogue file. */
    public record Catalogue(List<ComponentSeed> components, List<ServiceSeed> services) {
    }

    /** A component in {@code services.json}. */
    public record ComponentSeed(String code, String nameId, String nameEn, String source) {
    }

    /** A service in {@code services.json}. */
    public record ServiceSeed(String code, String nameId, String nameEn, String descriptionId,
            String descriptionEn, String component, List<String> channels, String source) {
    }

    @Override
    public String name() {
        return "services";
    }

    @Override
    public List<String> files() {
        return List.of(CATALOGUE);
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load(SeedFiles files) {
        Catalogue catalogue = files.json(CATALOGUE, Catalogue.class);
        Map<String, ServiceComponent> byCode = new HashMap<>();
        for (int i = 0; i < catalogue.components().size(); i++) {
            ComponentSeed seed = catalogue.components().get(i);
            ServiceComponent component = new ServiceComponent();
            component.code = seed.code();
            component.position = i;
            component.nameId = seed.nameId();
            component.nameEn = seed.nameEn();
            component.sourceId = source(seed.source(), seed.code());
            components.persist(component);
            byCode.put(component.code, component);
        }
        for (ServiceSeed seed : catalogue.services()) {
            PublicService service = new PublicService();
            service.code = seed.code();
            service.nameId = seed.nameId();
            service.nameEn = seed.nameEn();
            service.descriptionId = seed.descriptionId();
            service.descriptionEn = seed.descriptionEn();
            service.component = byCode.get(seed.component());
            if (service.component == null) {
                throw new SeedException(CATALOGUE + ": service " + seed.code() + " names unknown component "
                        + seed.component());
            }
            for (String channel : seed.channels()) {
                try {
                    Channel.valueOf(channel.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new SeedException(CATALOGUE + ": service " + seed.code() + " has unknown channel " + channel);
                }
            }
            service.channels = List.copyOf(seed.channels());
            service.sourceId = source(seed.source(), seed.code());
            services.persist(service);
        }
    }

    private String source(String id, String owner) {
        if (sources.findByIdOptional(id).isEmpty()) {
            throw new SeedException(CATALOGUE + ": " + owner + " names unknown source " + id);
        }
        return id;
    }
}
