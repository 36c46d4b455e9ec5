/*
 * The first module of the functions bundle, loaded before the function files: it completes the
 * custom-functions runtime where Office does not provide it (the preview in a plain browser) and
 * lets the functions read Office's display language for their labels.
 */
import "./customFunctionsStandIn";
import { readDisplayLanguageFrom } from "../shared/language";
import { officeDisplayLanguage } from "./officeHost";

readDisplayLanguageFrom(officeDisplayLanguage);
