/** The templates whose 1.0.0 files are kept in test/fixtures/templates-1.0.0 to test upgrades from. */
import { templates } from "../../src/templates/registry";

/** First published after those files were made: there is no 1.0.0 file of theirs to upgrade from. */
const newerThanFixtures = ["consolidation"];

export const templatesWithUpgradeFixtures = templates.filter((template) => !newerThanFixtures.includes(template.id));
