package org.steward.territory;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.refusal.Refusal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The place search behind the map pages' search box: our own gazetteer, public (a resident reports
 * without an account), answering names, addresses of shops and positions — nothing personal.
 */
@RestController
@Tag(name = "Territory", description = "Districts, streets, communities, unit grids and their boundaries (WGS-84)")
class PlaceApiController {

	static final int DEFAULT_LIMIT = 8;

	private final Gazetteer gazetteer;

	PlaceApiController(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	@GetMapping("/api/v1/places")
	@Operation(summary = "Streets, areas, landmarks, communities, compounds and registered shops whose name starts with or contains q (WGS-84 points)")
	List<Place> places(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String limit) {
		List<Refusal.FieldError> bad = new ArrayList<>();
		String query = q == null ? "" : q.strip();
		if (query.isEmpty()) {
			bad.add(Refusal.FieldError.of("q", "territory.refused.placeQueryMissing"));
		}
		else if (query.length() > Gazetteer.MAX_QUERY) {
			bad.add(Refusal.FieldError.of("q", "territory.refused.placeQueryTooLong", Gazetteer.MAX_QUERY));
		}
		int max = DEFAULT_LIMIT;
		if (limit != null) {
			try {
				max = Integer.parseInt(limit.strip());
			}
			catch (NumberFormatException ex) {
				max = -1;
			}
			if (max < 1 || max > Gazetteer.MAX_RESULTS) {
				bad.add(Refusal.FieldError.of("limit", "territory.refused.placeLimit", Gazetteer.MAX_RESULTS));
			}
		}
		Refusal.throwIfAny(bad);
		return gazetteer.search(query, max);
	}
}
