package org.steward.territory;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.cluster.ReferenceDataChanged;

/**
 * The gazetteer over our vector layer and the stored territory (held in memory, rebuilt when the
 * territory changes: on {@link ReferenceDataChanged} for the territory, from this node or relayed from
 * another, and in any case within {@link #RECHECK} of a change to the stored units), and over the {@link PlaceSource}s other modules offer (asked per query: shops change
 * daily and are many). Matching is on names folded to NFKC lower case without spaces, so full-width
 * digits and letters match their ASCII forms.
 */
@Component
class IndexedGazetteer implements Gazetteer {

	/** How stale the territory's part may be on a node that did not import the change. */
	static final Duration RECHECK = Duration.ofSeconds(30);

	/** Places closer than this are taken as one place when a text names both ("园田小区南门" vs "园田小区"). */
	static final double SAME_PLACE_METRES = 60;

	private static final int MAX_TOKENS = 8;

	private static final Pattern TOKENS = Pattern.compile("[\\s,，、;；。/|]+");

	private static final Pattern ANNOTATION = Pattern.compile("[（(][^）)]*[）)]");

	/** Better first when two places match a query equally well. */
	private static final List<String> KIND_ORDER = List.of("landmark", "compound", "area", "shop", "organisation",
			"crossing", "road", "community", "grid", "street");

	private record Entry(Place place, @Nullable Geometry geometry, String zh, String en) {
	}

	private record Built(List<Entry> entries, TerritoryStore.Fingerprint fingerprint, Instant checkedAt) {
	}

	private final TerritoryStore store;

	private final MapFeatures features;

	private final ObjectProvider<PlaceSource> sources;

	private final Clock clock;

	private volatile @Nullable Built built;

	IndexedGazetteer(TerritoryStore store, MapFeatures features, ObjectProvider<PlaceSource> sources, Clock clock) {
		this.store = store;
		this.features = features;
		this.sources = sources;
		this.clock = clock;
	}

	/** The territory changed, here or (relayed) on another node: rebuild on the next question. */
	@TransactionalEventListener(fallbackExecution = true)
	void onTerritoryChanged(ReferenceDataChanged changed) {
		if (changed.kind() == ReferenceDataChanged.Kind.TERRITORY) {
			built = null;
		}
	}

	@Override
	public List<Place> search(String query, int limit) {
		String q = fold(query);
		if (q.isEmpty() || limit <= 0) {
			return List.of();
		}
		record Scored(Place place, int score) {
		}
		List<Scored> found = new ArrayList<>();
		for (Entry e : entries()) {
			int score = Math.min(score(q, e.zh()), score(q, e.en()));
			if (score < Integer.MAX_VALUE) {
				found.add(new Scored(e.place(), score));
			}
		}
		int wanted = Math.min(limit, MAX_RESULTS);
		for (Place p : contributed(query.strip(), wanted)) {
			int byName = Math.min(score(q, fold(p.nameZh())), score(q, fold(p.nameEn())));
			found.add(new Scored(p, byName == Integer.MAX_VALUE ? 3 : byName));
		}
		return found.stream()
			.sorted(Comparator.comparingInt(Scored::score)
				.thenComparingInt(s -> kindOrder(s.place().kind()))
				.thenComparingInt(s -> s.place().nameZh().length())
				.thenComparing(s -> s.place().nameZh()))
			.map(Scored::place)
			.distinct()
			.limit(wanted)
			.toList();
	}

	@Override
	public Resolution resolve(String text) {
		String t = fold(text);
		if (t.isEmpty()) {
			return new Resolution.Unknown();
		}
		// 1. the text is a place's name or a shop's address
		List<Place> exact = new ArrayList<>();
		for (Entry e : entries()) {
			if (e.zh().equals(t) || e.en().equals(t)) {
				exact.add(e.place());
			}
		}
		for (Place p : contributed(text.strip(), MAX_RESULTS)) {
			if (fold(p.nameZh()).equals(t) || (p.detail() != null && fold(core(p.detail())).equals(t))) {
				exact.add(p);
			}
		}
		if (!exact.isEmpty()) {
			// a street is a line and a subdistrict kilometres wide: neither is a place to send anyone to
			List<Place> places = exact.stream().filter(p -> !p.kind().equals("road") && !p.kind().equals("street")).toList();
			return places.isEmpty() ? new Resolution.Ambiguous(exact) : oneOf(places);
		}
		// 2. the text names places: keep the most specific of them
		Map<String, Entry> hits = new LinkedHashMap<>();
		for (Entry e : entries()) {
			if ((e.zh().length() >= 2 && t.contains(e.zh())) || (e.en().length() >= 4 && t.contains(e.en()))) {
				hits.put(e.place().kind() + ":" + e.zh() + ":" + e.place().lat() + ":" + e.place().lng(), e);
			}
		}
		// each token is one query to each source: an address line has a handful, a pasted essay is cut short
		for (String token : java.util.Arrays.stream(TOKENS.split(text.strip())).limit(MAX_TOKENS).toList()) {
			String folded = fold(token);
			if (folded.length() < 2) {
				continue;
			}
			for (Place p : contributed(token, 10)) {
				String address = p.detail() == null ? "" : fold(core(p.detail()));
				boolean named = t.contains(fold(p.nameZh())) || (!address.isEmpty() && t.contains(address))
						|| (folded.matches(".*\\d+号") && address.contains(folded));
				if (named) {
					hits.put(p.kind() + ":" + fold(p.nameZh()) + ":" + p.lat() + ":" + p.lng(), new Entry(p, null, fold(p.nameZh()), fold(p.nameEn())));
				}
			}
		}
		List<Entry> named = new ArrayList<>(hits.values());
		// a name inside a longer name found too is that longer name's ("东风路" in "东风路街道")
		named.removeIf(e -> named.stream().anyMatch(o -> o != e && o.zh().length() > e.zh().length() && o.zh().contains(e.zh())));
		List<Place> pois = named.stream().map(Entry::place).filter(p -> kindOrder(p.kind()) <= kindOrder("organisation")).toList();
		if (!pois.isEmpty()) {
			return oneOf(pois);
		}
		List<Entry> roads = named.stream().filter(e -> e.place().kind().equals("road")).toList();
		if (roads.size() == 2) {
			Geometry crossing = roads.get(0).geometry().intersection(roads.get(1).geometry());
			if (!crossing.isEmpty()) {
				Coordinate at = crossing.getCoordinates()[0];
				Place a = roads.get(0).place();
				Place b = roads.get(1).place();
				return new Resolution.Found(new Place("crossing", a.nameZh() + "与" + b.nameZh() + "交叉口",
						a.nameEn() + " / " + b.nameEn(), null, at.y, at.x));
			}
		}
		if (!roads.isEmpty()) {
			return new Resolution.Ambiguous(roads.stream().map(Entry::place).toList());
		}
		for (String level : List.of("grid", "community")) {
			List<Place> areas = named.stream().map(Entry::place).filter(p -> p.kind().equals(level)).toList();
			if (!areas.isEmpty()) {
				return areas.size() == 1 ? new Resolution.Found(areas.get(0)) : new Resolution.Ambiguous(areas);
			}
		}
		List<Place> rest = named.stream().map(Entry::place).toList();
		// a subdistrict is kilometres wide: it names no place to send anyone to
		return rest.isEmpty() ? new Resolution.Unknown() : new Resolution.Ambiguous(rest);
	}

	private static Resolution oneOf(List<Place> places) {
		Place first = places.get(0);
		boolean together = places.stream().allMatch(p -> metres(first, p) <= SAME_PLACE_METRES);
		return together ? new Resolution.Found(first) : new Resolution.Ambiguous(places.stream().distinct().limit(10).toList());
	}

	/** Equirectangular distance: plenty for "within a street's width" inside one district. */
	static double metres(Place a, Place b) {
		double k = Math.PI / 180 * 6_371_000;
		double dx = (a.lng() - b.lng()) * k * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
		double dy = (a.lat() - b.lat()) * k;
		return Math.hypot(dx, dy);
	}

	private List<Place> contributed(String text, int limit) {
		String bounded = text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
		List<Place> out = new ArrayList<>();
		sources.orderedStream().forEach(source -> out.addAll(source.placesContaining(bounded, limit)));
		return out;
	}

	private List<Entry> entries() {
		Built current = built;
		Instant now = clock.instant();
		if (current != null && now.isBefore(current.checkedAt().plus(RECHECK))) {
			return current.entries();
		}
		TerritoryStore.Fingerprint fingerprint = store.fingerprint();
		if (current != null && current.fingerprint().equals(fingerprint)) {
			built = new Built(current.entries(), fingerprint, now);
			return current.entries();
		}
		List<Entry> entries = build();
		built = new Built(entries, fingerprint, now);
		return entries;
	}

	private List<Entry> build() {
		List<Entry> entries = new ArrayList<>();
		for (MapFeatures.Feature f : features.features()) {
			String kind = f.kind() == MapFeatures.Kind.ROAD ? "road" : f.kind().key();
			entries.add(entry(kind, f.nameZh(), f.nameEn(), null, f.geometry()));
		}
		Map<String, StoredUnit> units = store.all();
		for (StoredUnit unit : units.values()) {
			if (unit.level() == TerritoryLevel.DISTRICT) {
				continue;
			}
			StoredUnit parent = unit.parentCode() == null ? null : units.get(unit.parentCode());
			entries.add(entry(unit.level().key(), unit.nameZh(), unit.nameEn(), parent == null ? null : parent.nameZh(),
					unit.geometry()));
		}
		return List.copyOf(entries);
	}

	private static Entry entry(String kind, String nameZh, String nameEn, @Nullable String detail, Geometry geometry) {
		Coordinate at;
		if (geometry instanceof Lineal) {
			// the middle of the street along its length, which lies on the street
			LengthIndexedLine line = new LengthIndexedLine(geometry);
			at = line.extractPoint(line.getEndIndex() / 2);
		}
		else {
			at = geometry.getInteriorPoint().getCoordinate();
		}
		return new Entry(new Place(kind, nameZh, nameEn, detail, round(at.y), round(at.x)), geometry, fold(nameZh), fold(nameEn));
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e7) / 1e7;
	}

	/** 0 the same, 1 starts with the query, 2 contains it, MAX_VALUE no match. */
	private static int score(String query, String name) {
		if (name.equals(query)) {
			return 0;
		}
		if (name.startsWith(query)) {
			return 1;
		}
		return name.contains(query) ? 2 : Integer.MAX_VALUE;
	}

	private static int kindOrder(String kind) {
		int i = KIND_ORDER.indexOf(kind);
		return i < 0 ? KIND_ORDER.size() : i;
	}

	/** An address without its bracketed notes ("东风路121号（演示地址）" is "东风路121号"). */
	private static String core(String address) {
		return ANNOTATION.matcher(address).replaceAll("");
	}

	static String fold(@Nullable String text) {
		if (text == null) {
			return "";
		}
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
	}
}
