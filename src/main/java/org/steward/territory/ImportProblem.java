package org.steward.territory;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One reason a territory file was rejected, tied to the feature it is about: its position in
 * the file's {@code features} array and its code, when it has one. File-level problems
 * (not JSON, not a FeatureCollection) have index -1. The page renders {@link #messageKey()}
 * with {@link #args()}; logs and tests use {@link #describe()}.
 */
record ImportProblem(int featureIndex, @Nullable String code, Kind kind, List<String> args) {

	/** What is wrong. Each has a message key {@code territory.problem.<NAME>}. */
	enum Kind {
		EMPTY_FILE("the file is empty"),
		UNREADABLE_FILE("the file cannot be read: {0}"),
		MALFORMED_JSON("the file is not valid JSON: {0}"),
		NOT_A_FEATURE_COLLECTION("the file is not a GeoJSON FeatureCollection"),
		NO_FEATURES("the FeatureCollection has no features"),
		NOT_A_FEATURE("not a GeoJSON Feature"),
		MISSING_PROPERTY("property ''{0}'' is missing or empty"),
		UNKNOWN_LEVEL("level ''{0}'' is not one of district, street, community, grid, compound"),
		BAD_CODE("code ''{0}'' is not valid for a {1}: {2}"),
		PREFIX_MISMATCH("code does not start with the code of its parent {0}"),
		MISSING_GEOMETRY("geometry is missing"),
		WRONG_GEOMETRY_TYPE("geometry type {0} is not Polygon or MultiPolygon"),
		RING_NOT_CLOSED("a polygon ring does not close (its first and last positions differ or it has fewer than 4 positions)"),
		UNREADABLE_GEOMETRY("geometry cannot be read: {0}"),
		INVALID_GEOMETRY("geometry is invalid: {0} at {1}"),
		DUPLICATE_CODE("code is used again; first used by features[{0}]"),
		LEVEL_CHANGED("code is already stored as a {0}"),
		UNKNOWN_PARENT("parent {0} is neither in the file nor stored"),
		PARENT_WRONG_LEVEL("parent {0} is a {1}, expected {2}"),
		GRID_OUTSIDE_COMMUNITY("grid is not within its community {0}"),
		GRIDS_OVERLAP("grid overlaps grid {0} of the same community (overlap area {1} square degrees)");

		private final String english;

		Kind(String english) {
			this.english = english;
		}

		String english() {
			return english;
		}
	}

	ImportProblem {
		args = List.copyOf(args);
	}

	static ImportProblem ofFile(Kind kind, String... args) {
		return new ImportProblem(-1, null, kind, List.of(args));
	}

	static ImportProblem of(int featureIndex, @Nullable String code, Kind kind, String... args) {
		return new ImportProblem(featureIndex, code, kind, List.of(args));
	}

	public String messageKey() {
		return "territory.problem." + kind.name();
	}

	/** The message arguments as the page's message lookup takes them. */
	public Object[] messageArgs() {
		return args.toArray(new Object[0]);
	}

	/** Which feature, as a person finds it in the file: {@code features[3] (code 410105010001)}. */
	String where() {
		if (featureIndex < 0) {
			return "file";
		}
		return code == null ? "features[" + featureIndex + "]" : "features[" + featureIndex + "] (code " + code + ")";
	}

	/** The problem in English, naming the feature. */
	String describe() {
		return where() + ": " + new java.text.MessageFormat(kind.english(), Locale.ROOT).format(args.toArray());
	}
}
