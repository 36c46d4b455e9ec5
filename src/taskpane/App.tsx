import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo, useState } from "react";
import { PaneContext, type PaneServices } from "./services";
import { strings, type Language } from "./strings";
import { WorkbookActionProvider } from "./workbookAction";

// The sections are separate chunks: the first one the pane loads holds only this frame.
const UpgradeSection = lazy(() =>
  import(/* webpackChunkName: "pane-gallery" */ "./upgrade/UpgradeSection").then((module) => ({ default: module.UpgradeSection })),
);
const TemplateGallery = lazy(() =>
  import(/* webpackChunkName: "pane-gallery" */ "./gallery/TemplateGallery").then((module) => ({ default: module.TemplateGallery })),
);
const CompareGroupsWizard = lazy(() =>
  import(/* webpackChunkName: "pane-wizard" */ "./wizard/CompareGroupsWizard").then((module) => ({ default: module.CompareGroupsWizard })),
);
const AssumptionsPanel = lazy(() =>
  import(/* webpackChunkName: "pane-assumptions" */ "./assumptions/AssumptionsPanel").then((module) => ({
    default: module.AssumptionsPanel,
  })),
);

const TreasurerPanel = lazy(() =>
  import(/* webpackChunkName: "pane-treasurer" */ "./treasurer/TreasurerPanel").then((module) => ({ default: module.TreasurerPanel })),
);

const PlanningCard = lazy(() =>
  import(/* webpackChunkName: "pane-planning" */ "./planning/PlanningCard").then((module) => ({ default: module.PlanningCard })),
);

type Section = "gallery" | "wizard" | "assumptions" | "treasurer" | "planning";
const sections: Section[] = ["gallery", "wizard", "assumptions", "treasurer", "planning"];

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // Four sections do not fit side by side in a task pane about 320 px wide: the tabs wrap.
  tabs: { flexWrap: "wrap" },
});

export interface AppProps {
  services: Omit<PaneServices, "language">;
  initialLanguage: Language;
}

export function App({ services, initialLanguage }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [section, setSection] = useState<Section>("gallery");
  // Sections stay mounted once opened, so a half-filled wizard survives a look at the gallery.
  const [opened, setOpened] = useState<Set<Section>>(new Set(["gallery"]));
  const text = strings[language];
  const pane = useMemo(() => ({ ...services, language }), [services, language]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = text.appTitle;
  }, [language, text]);

  const select = (next: Section) => {
    setSection(next);
    setOpened((previous) => new Set(previous).add(next));
  };
  const tabLabels: Record<Section, string> = {
    gallery: text.galleryTab,
    wizard: text.wizardTab,
    assumptions: text.assumptionsTab,
    treasurer: text.treasurerTab,
    planning: text.planningTab,
  };

  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <PaneContext.Provider value={pane}>
        <WorkbookActionProvider>
          <div className={styles.pane}>
            <header className={styles.header}>
              <h1 className={styles.title}>{text.appTitle}</h1>
              {services.preview && (
                <Switch
                  label={text.languageSwitch}
                  aria-label={text.languageSwitchLabel}
                  checked={language !== initialLanguage}
                  onChange={() => setLanguage(language === "de" ? "en" : "de")}
                />
              )}
            </header>
            {services.preview && (
              <MessageBar intent="warning" layout="multiline" role="status" aria-live="off">
                <MessageBarBody>
                  <MessageBarTitle>{text.previewTitle}</MessageBarTitle>
                  {text.previewBody}
                </MessageBarBody>
              </MessageBar>
            )}
            <nav>
              <TabList
                className={styles.tabs}
                selectedValue={section}
                onTabSelect={(_, data) => select(data.value as Section)}
                aria-label={text.sections}
              >
                {sections.map((value) => (
                  <Tab key={value} id={`tab-${value}`} value={value} aria-controls={`panel-${value}`}>
                    {tabLabels[value]}
                  </Tab>
                ))}
              </TabList>
            </nav>
            <main>
              {sections.map((value) => (
                <section
                  key={value}
                  id={`panel-${value}`}
                  role="tabpanel"
                  aria-labelledby={`tab-${value}`}
                  hidden={section !== value}
                  // A display rule would override the hidden attribute, so hidden panels get no class.
                  className={section === value ? styles.panel : undefined}
                >
                  {opened.has(value) && (
                    <Suspense fallback={<Spinner size="small" label={text.loading} />}>
                      {value === "gallery" && (
                        <>
                          <TemplateGallery />
                          <UpgradeSection />
                        </>
                      )}
                      {value === "wizard" && <CompareGroupsWizard />}
                      {value === "assumptions" && <AssumptionsPanel active={section === "assumptions"} />}
                      {value === "treasurer" && <TreasurerPanel active={section === "treasurer"} />}
                      {value === "planning" && <PlanningCard />}
                    </Suspense>
                  )}
                </section>
              ))}
            </main>
          </div>
        </WorkbookActionProvider>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
