// What is stored, that nothing leaves the machine, the version, the origin post.
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';

export function AboutSection() {
  return (
    <section aria-labelledby="about-title">
      <h2 id="about-title">{t('options_about')}</h2>
      <p>{t('options_about_stored')}</p>
      <p>{t('options_about_private')}</p>
      <p>
        {t('options_about_origin')} <cite lang="fr">À propos de la sempiternelle mort du CM</cite>
      </p>
      <p data-testid="version">{t('options_version', browser.runtime.getManifest().version)}</p>
    </section>
  );
}
