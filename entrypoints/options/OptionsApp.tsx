// The options page: one column of sections. Until storage answers, the page
// shows only its title (the sections need the settings to render anything true).
import { useTally } from '@/components/use-tally';
import { t } from '@/lib/i18n';
import { AboutSection } from './AboutSection';
import { CorrectionsSection } from './CorrectionsSection';
import { DataSection } from './DataSection';
import { GeneralSection } from './GeneralSection';
import { SitesSection } from './SitesSection';
import { SubjectsSection } from './SubjectsSection';

export function OptionsApp() {
  const data = useTally();
  return (
    <main aria-busy={data ? 'false' : 'true'}>
      <h1>{t('options_title')}</h1>
      {data && (
        <>
          <GeneralSection settings={data.settings} />
          <SitesSection settings={data.settings} />
          <SubjectsSection settings={data.settings} ranked={data.ranked} />
          <CorrectionsSection dismissed={data.dismissed} />
          <DataSection data={data} />
          <AboutSection />
        </>
      )}
    </main>
  );
}
