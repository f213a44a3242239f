package org.steward.enforcement;

import org.springframework.ui.Model;
import org.steward.cases.CaseNumber;

/**
 * What a nested module of enforcement adds to a case's measures page (the penalty procedure its
 * stages, the investigation records their list), so the ladder's page shows them without knowing
 * their types. Called after the viewer's access to the case was checked.
 */
public interface MeasurePageSection {

	void addTo(CaseNumber caseNumber, Model model);
}
