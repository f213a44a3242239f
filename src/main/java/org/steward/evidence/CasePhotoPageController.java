package org.steward.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.cases.ActionRequest;
import org.steward.cases.CaseAction;
import org.steward.cases.CaseCommands;
import org.steward.cases.CaseDetail;
import org.steward.cases.CaseNumber;
import org.steward.cases.CaseQueries;
import org.steward.cases.CaseRefusals;
import org.steward.cases.Evidence;
import org.steward.cases.PublicCase;
import org.steward.cases.TrackingCode;
import org.steward.identity.CurrentUser;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

/**
 * A case's photos as evidence: the report's photos and those taken at each step open full size for
 * whoever may see the case (as the case page is authorised); the photos taken when the case was
 * handled open for the holder of its tracking code; and handling on the case page brings its
 * after-photos (this module stores them, then hands the case its evidence).
 */
@Controller
class CasePhotoPageController {

	private final CaseQueries queries;

	private final CaseCommands commands;

	private final Photos photos;

	private final EvidenceFiles files;

	private final TransactionTemplate transaction;

	private final RefusalTexts refusals;

	CasePhotoPageController(CaseQueries queries, CaseCommands commands, Photos photos, EvidenceFiles files,
			PlatformTransactionManager transactions, RefusalTexts refusals) {
		this.queries = queries;
		this.commands = commands;
		this.photos = photos;
		this.files = files;
		this.transaction = new TransactionTemplate(transactions);
		this.refusals = refusals;
	}

	@GetMapping("/cases/{number}/photos/{sha256}")
	ResponseEntity<Resource> casePhoto(@PathVariable String number, @PathVariable String sha256, CurrentUser user) {
		if (!CaseNumber.isValid(number)) {
			throw CaseRefusals.notFound(number);
		}
		CaseDetail detail = queries.detail(new CaseNumber(number), user);
		boolean ofTheCase = Stream
			.concat(detail.photos().stream(), detail.timeline().stream().flatMap(t -> t.evidence().stream()))
			.anyMatch(e -> e.sha256().equals(sha256));
		return answer(ofTheCase ? sha256 : null, CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePrivate());
	}

	/** The handling photos only: the resident sees what was done, never the officers' other evidence. */
	@GetMapping("/track/{code}/photos/{sha256}")
	ResponseEntity<Resource> resultPhoto(@PathVariable String code, @PathVariable String sha256) {
		String normalised = code.strip().toUpperCase(Locale.ROOT);
		PublicCase tracked = TrackingCode.isValid(normalised)
				? queries.track(new TrackingCode(normalised)).orElse(null) : null;
		boolean result = tracked != null && tracked.resultPhotos().stream().anyMatch(e -> e.sha256().equals(sha256));
		return answer(result ? sha256 : null, CacheControl.noStore());
	}

	private ResponseEntity<Resource> answer(@Nullable String sha256, CacheControl cache) {
		byte[] bytes = sha256 == null ? null : files.content(sha256).orElse(null);
		if (bytes == null) {
			throw Refusal.notFound("evidence.refused.photo.notFound");
		}
		EvidenceDelivery.Delivery delivery = EvidenceDelivery.of(MediaType.APPLICATION_OCTET_STREAM_VALUE, bytes);
		return ResponseEntity.ok()
			.contentType(delivery.type())
			.cacheControl(cache)
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Disposition", delivery.inline() ? "inline" : "attachment")
			.body(new ByteArrayResource(bytes));
	}

	/**
	 * Handling from the case page with photos (a multipart form): the photos are checked and stored and
	 * the case handled in one transaction, so a refused handling keeps no photo. Urlencoded handling
	 * without photos goes to the case page's own action.
	 */
	@PostMapping(path = "/cases/{number}/actions/handle", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String handle(@PathVariable String number, @RequestParam(required = false) @Nullable String result,
			@RequestParam(required = false) @Nullable String notes,
			@RequestParam(required = false) @Nullable Long expectedVersion,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> uploads, CurrentUser user,
			RedirectAttributes redirect, Locale locale) {
		if (!CaseNumber.isValid(number)) {
			throw CaseRefusals.notFound(number);
		}
		CaseNumber caseNumber = new CaseNumber(number);
		try {
			transaction.executeWithoutResult(status -> {
				List<Evidence> kept = photos.keep("case:" + number, uploads(uploads));
				commands.act(caseNumber, CaseAction.HANDLE,
						new ActionRequest(blank(notes), null, blank(result), null, kept, null, null, null, expectedVersion),
						user);
			});
		}
		catch (Refusal refused) {
			if (refused.kind() == Refusal.Kind.NOT_FOUND || refused.kind() == Refusal.Kind.FORBIDDEN) {
				throw refused;
			}
			redirect.addFlashAttribute("handleError", refusals.message(refused, locale));
			return "redirect:/cases/" + number;
		}
		redirect.addFlashAttribute("done", "handle");
		return "redirect:/cases/" + number;
	}

	/**
	 * Arriving on the spot from the case page with "before" photos (a multipart form), the other half of
	 * the pair the verifier compares: stored and the arrival recorded in one transaction, as handling is.
	 * Urlencoded arrival without photos goes to the case page's own action.
	 */
	@PostMapping(path = "/cases/{number}/actions/arrive", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String arrive(@PathVariable String number, @RequestParam(required = false) @Nullable Double lat,
			@RequestParam(required = false) @Nullable Double lng, @RequestParam(required = false) @Nullable String notes,
			@RequestParam(required = false) @Nullable Long expectedVersion,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> uploads, CurrentUser user,
			RedirectAttributes redirect, Locale locale) {
		if (!CaseNumber.isValid(number)) {
			throw CaseRefusals.notFound(number);
		}
		CaseNumber caseNumber = new CaseNumber(number);
		try {
			org.steward.territory.GeoPoint where = lat == null || lng == null ? null
					: new org.steward.territory.GeoPoint(lat, lng);
			transaction.executeWithoutResult(status -> {
				List<Evidence> kept = photos.keep("case:" + number, uploads(uploads));
				commands.act(caseNumber, CaseAction.ARRIVE,
						new ActionRequest(blank(notes), null, null, where, kept, null, null, null, expectedVersion), user);
			});
		}
		catch (Refusal refused) {
			if (refused.kind() == Refusal.Kind.NOT_FOUND || refused.kind() == Refusal.Kind.FORBIDDEN) {
				throw refused;
			}
			redirect.addFlashAttribute("handleError", refusals.message(refused, locale));
			return "redirect:/cases/" + number;
		}
		redirect.addFlashAttribute("done", "arrive");
		return "redirect:/cases/" + number;
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static List<Photos.Upload> uploads(@Nullable List<MultipartFile> files) {
		List<Photos.Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty()) {
				continue;
			}
			try {
				uploads.add(new Photos.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}
}
