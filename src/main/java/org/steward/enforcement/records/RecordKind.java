package org.steward.enforcement.records;

/** The written records of an investigation (行政处罚法第四十七条: the whole process is recorded). */
enum RecordKind {
	/** 现场检查（勘验）笔录: what the officers found on site. */
	INSPECTION("检"),
	/** 询问笔录: the questions put to the party or a witness and the answers, word for word. */
	INQUIRY("询");

	private final String abbreviation;

	RecordKind(String abbreviation) {
		this.abbreviation = abbreviation;
	}

	/** The kind's word in the document number, e.g. 金城管东风检〔2026〕3号. */
	String abbreviation() {
		return abbreviation;
	}

	/** The counter's key, kept apart from the measures' documents. */
	String counterKey() {
		return name() + "_RECORD";
	}
}
