package org.steward.territory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The rules that relate the features of a file to each other and to what is already stored:
 * codes are unique in the file and keep their level, every parent exists at the right level,
 * every grid lies within its community, and the grids of one community do not overlap.
 * The stored territory and the file are merged first (the file wins for codes it contains),
 * so a file may replace a grid's polygon, or add grids to a community imported earlier.
 */
final class TerritoryImportRules {

	/**
	 * How far (degrees, about 1 cm) a grid may stick out of its community: surveyed boundaries
	 * that share an edge often differ in the last printed decimals.
	 */
	static final double CONTAINMENT_TOLERANCE_DEGREES = 1e-7;

	/**
	 * Overlap area (square degrees, about 0.01 m²) below which two grids count as merely
	 * touching: a shared edge computed in floating point can leave slivers of this size.
	 */
	static final double OVERLAP_AREA_EPSILON = 1e-12;

	List<ImportProblem> check(List<TerritoryFeature> features, Map<String, StoredUnit> stored) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, TerritoryFeature> byCode = new LinkedHashMap<>();
		for (TerritoryFeature feature : features) {
			TerritoryFeature first = byCode.putIfAbsent(feature.code(), feature);
			if (first != null) {
				problems.add(ImportProblem.of(feature.index(), feature.code(), ImportProblem.Kind.DUPLICATE_CODE,
						String.valueOf(first.index())));
			}
		}
		for (TerritoryFeature feature : byCode.values()) {
			StoredUnit existing = stored.get(feature.code());
			if (existing != null && existing.level() != feature.level()) {
				problems.add(ImportProblem.of(feature.index(), feature.code(), ImportProblem.Kind.LEVEL_CHANGED,
						existing.level().key()));
			}
			checkParent(feature, byCode, stored, problems);
		}
		checkGridsWithinCommunities(byCode, stored, problems);
		checkGridsDoNotOverlap(byCode, stored, problems);
		problems.sort(java.util.Comparator.comparingInt(ImportProblem::featureIndex));
		return problems;
	}

	private static void checkParent(TerritoryFeature feature, Map<String, TerritoryFeature> byCode,
			Map<String, StoredUnit> stored, List<ImportProblem> problems) {
		String parent = feature.parentCode();
		if (parent == null) {
			return;
		}
		TerritoryLevel parentLevel = levelOf(parent, byCode, stored);
		if (parentLevel == null) {
			problems.add(ImportProblem.of(feature.index(), feature.code(), ImportProblem.Kind.UNKNOWN_PARENT, parent));
		}
		else if (!TerritoryCodes.mayBeParent(feature.level(), parentLevel)) {
			problems.add(ImportProblem.of(feature.index(), feature.code(), ImportProblem.Kind.PARENT_WRONG_LEVEL, parent,
					parentLevel.key(), TerritoryCodes.expectedParent(feature.level())));
		}
	}

	private static void checkGridsWithinCommunities(Map<String, TerritoryFeature> byCode,
			Map<String, StoredUnit> stored, List<ImportProblem> problems) {
		Map<String, Optional<PreparedGeometry>> tolerantCommunities = new HashMap<>();
		for (TerritoryFeature grid : byCode.values()) {
			if (grid.level() != TerritoryLevel.GRID || grid.geometry() == null || grid.parentCode() == null) {
				continue;
			}
			Optional<PreparedGeometry> community = tolerantCommunities.computeIfAbsent(grid.parentCode(),
					code -> Optional.ofNullable(geometryOf(code, TerritoryLevel.COMMUNITY, byCode, stored))
						.map(g -> PreparedGeometryFactory.prepare(g.buffer(CONTAINMENT_TOLERANCE_DEGREES))));
			if (community.isPresent() && !community.get().covers(grid.geometry())) {
				problems.add(ImportProblem.of(grid.index(), grid.code(), ImportProblem.Kind.GRID_OUTSIDE_COMMUNITY,
						grid.parentCode()));
			}
		}
	}

	/** One grid of the merged territory: from the file (index ≥ 0) or stored (index -1). */
	private record Cell(String code, Geometry geometry, int index) {
	}

	private static void checkGridsDoNotOverlap(Map<String, TerritoryFeature> byCode, Map<String, StoredUnit> stored,
			List<ImportProblem> problems) {
		Map<String, List<Cell>> byCommunity = new HashMap<>();
		for (TerritoryFeature f : byCode.values()) {
			if (f.level() == TerritoryLevel.GRID && f.geometry() != null && f.parentCode() != null) {
				byCommunity.computeIfAbsent(f.parentCode(), k -> new ArrayList<>())
					.add(new Cell(f.code(), f.geometry(), f.index()));
			}
		}
		for (StoredUnit s : stored.values()) {
			if (s.level() == TerritoryLevel.GRID && s.parentCode() != null && !byCode.containsKey(s.code())
					&& byCommunity.containsKey(s.parentCode())) {
				byCommunity.get(s.parentCode()).add(new Cell(s.code(), s.geometry(), -1));
			}
		}
		for (List<Cell> cells : byCommunity.values()) {
			STRtree tree = new STRtree();
			cells.forEach(c -> tree.insert(c.geometry().getEnvelopeInternal(), c));
			for (Cell cell : cells) {
				if (cell.index() < 0) {
					continue; // stored grids were checked when they were imported
				}
				for (Object candidate : tree.query(cell.geometry().getEnvelopeInternal())) {
					Cell other = (Cell) candidate;
					// a pair of file grids is reported once, on the later feature
					if (other == cell || (other.index() >= 0 && other.index() > cell.index())) {
						continue;
					}
					if (!cell.geometry().intersects(other.geometry())) {
						continue;
					}
					double area = OverlayNGRobust.overlay(cell.geometry(), other.geometry(), OverlayNG.INTERSECTION).getArea();
					if (area > OVERLAP_AREA_EPSILON) {
						problems.add(ImportProblem.of(cell.index(), cell.code(), ImportProblem.Kind.GRIDS_OVERLAP,
								other.code(), String.format(java.util.Locale.ROOT, "%.3g", area)));
					}
				}
			}
		}
	}

	private static @Nullable TerritoryLevel levelOf(String code, Map<String, TerritoryFeature> byCode,
			Map<String, StoredUnit> stored) {
		TerritoryFeature inFile = byCode.get(code);
		if (inFile != null) {
			return inFile.level();
		}
		StoredUnit unit = stored.get(code);
		return unit == null ? null : unit.level();
	}

	private static @Nullable Geometry geometryOf(String code, TerritoryLevel level,
			Map<String, TerritoryFeature> byCode, Map<String, StoredUnit> stored) {
		TerritoryFeature inFile = byCode.get(code);
		if (inFile != null) {
			return inFile.level() == level ? inFile.geometry() : null;
		}
		StoredUnit unit = stored.get(code);
		return unit != null && unit.level() == level ? unit.geometry() : null;
	}
}
