package org.steward.cases;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.steward.identity.CurrentUser;
import org.steward.territory.GeoPoint;

/** The module's three public facades, each its own bean, all served by {@link CaseBook}. */
final class CaseFacades {

	private CaseFacades() {
	}

	@Component
	static class Registration implements Cases {

		private final CaseBook book;

		Registration(CaseBook book) {
			this.book = book;
		}

		@Override
		public RegisteredCase register(NewReport report) {
			return book.register(report);
		}

		@Override
		public RegisteredCase addSupporter(CaseNumber openCase, NewReport report) {
			return book.addSupporter(openCase, report);
		}

		@Override
		public List<NearbyCase> openNear(String categoryCode, GeoPoint point, double radiusMetres, int hours) {
			return book.openNear(categoryCode, point, radiusMetres, hours);
		}

		@Override
		public Optional<CaseSummary> summary(CaseNumber number) {
			return book.summary(number);
		}

		@Override
		public boolean awaitsCallBack(CaseNumber number) {
			return book.awaitsCallBack(number);
		}

		@Override
		public List<CallBackCandidate> awaitingCallBack(@org.jspecify.annotations.Nullable CaseNumber after, int limit) {
			return book.awaitingCallBack(after, limit);
		}

		@Override
		public Optional<CaseBrief> brief(CaseNumber number) {
			return book.brief(number);
		}

		@Override
		public Optional<org.steward.catalog.CategoryRulesId> rulesVersion(CaseNumber number) {
			return book.rulesVersion(number);
		}
	}

	@Component
	static class Queries implements CaseQueries {

		private final CaseBook book;

		Queries(CaseBook book) {
			this.book = book;
		}

		@Override
		public CasePage search(CaseFilter filter, CurrentUser viewer, int page, int size) {
			return book.search(filter, viewer, page, size);
		}

		@Override
		public CaseDetail detail(CaseNumber number, CurrentUser viewer) {
			return book.detail(number, viewer);
		}

		@Override
		public Optional<PublicCase> track(TrackingCode code) {
			return book.track(code);
		}

		@Override
		public CallBackContact callBackContact(CaseNumber number, CurrentUser viewer) {
			return book.callBackContact(number, viewer);
		}

		@Override
		public boolean maySee(CaseNumber number, CurrentUser viewer) {
			return book.maySee(number, viewer);
		}

		@Override
		public java.util.Map<CaseAction, List<CaseCloseGuard.Blocker>> openWork(CaseNumber number, CurrentUser viewer) {
			return book.openWork(number, viewer);
		}
	}

	@Component
	static class Commands implements CaseCommands {

		private final CaseBook book;

		Commands(CaseBook book) {
			this.book = book;
		}

		@Override
		public CaseDetail act(CaseNumber number, CaseAction action, ActionRequest request, CurrentUser actor) {
			return book.act(number, action, request, actor);
		}

		@Override
		public PublicCase rate(TrackingCode code, Rating rating, @org.jspecify.annotations.Nullable String comment) {
			return book.rate(code, rating, comment);
		}

		@Override
		public CaseDetail rateOnCallBack(CaseNumber number, Rating rating, int attempt,
				@org.jspecify.annotations.Nullable String comment, CurrentUser caller) {
			return book.rateOnCallBack(number, rating, attempt, comment, caller);
		}
	}
}
