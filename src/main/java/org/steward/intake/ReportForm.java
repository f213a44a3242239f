package org.steward.intake;

import org.jspecify.annotations.Nullable;

/** The report form of the three report pages, kept as typed so that a refused form comes back filled in. */
class ReportForm {

	private @Nullable String categoryCode;

	private @Nullable String description;

	private @Nullable String lat;

	private @Nullable String lng;

	private @Nullable String address;

	private @Nullable String urgency;

	private @Nullable String reporterName;

	private @Nullable String reporterPhone;

	private @Nullable String updatesTo;

	private @Nullable String joinCase;

	/** One per form shown: a double click or a resent form registers one report. */
	private @Nullable String submissionKey;

	ReportRequest toRequest(boolean withUrgency) {
		Double latitude = number(lat);
		Double longitude = number(lng);
		ReportRequest.LocationJson location = latitude == null && longitude == null ? null
				: new ReportRequest.LocationJson(latitude, longitude, "WGS84");
		ReportRequest.ReporterJson reporter = blank(reporterName) && blank(reporterPhone) && blank(updatesTo) ? null
				: new ReportRequest.ReporterJson(reporterName, reporterPhone, updatesTo);
		return new ReportRequest(categoryCode, description, location, address, withUrgency ? urgency : null, reporter,
				blank(joinCase) ? null : joinCase);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static @Nullable Double number(@Nullable String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return Double.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return Double.NaN;
		}
	}

	public @Nullable String getCategoryCode() {
		return categoryCode;
	}

	public void setCategoryCode(@Nullable String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable String getLat() {
		return lat;
	}

	public void setLat(@Nullable String lat) {
		this.lat = lat;
	}

	public @Nullable String getLng() {
		return lng;
	}

	public void setLng(@Nullable String lng) {
		this.lng = lng;
	}

	public @Nullable String getAddress() {
		return address;
	}

	public void setAddress(@Nullable String address) {
		this.address = address;
	}

	public @Nullable String getUrgency() {
		return urgency;
	}

	public void setUrgency(@Nullable String urgency) {
		this.urgency = urgency;
	}

	public @Nullable String getReporterName() {
		return reporterName;
	}

	public void setReporterName(@Nullable String reporterName) {
		this.reporterName = reporterName;
	}

	public @Nullable String getReporterPhone() {
		return reporterPhone;
	}

	public void setReporterPhone(@Nullable String reporterPhone) {
		this.reporterPhone = reporterPhone;
	}

	public @Nullable String getJoinCase() {
		return joinCase;
	}

	public void setJoinCase(@Nullable String joinCase) {
		this.joinCase = joinCase;
	}

	public @Nullable String getSubmissionKey() {
		return submissionKey;
	}

	public void setSubmissionKey(@Nullable String submissionKey) {
		this.submissionKey = submissionKey;
	}

	public @Nullable String getUpdatesTo() {
		return updatesTo;
	}

	public void setUpdatesTo(@Nullable String updatesTo) {
		this.updatesTo = updatesTo;
	}
}
