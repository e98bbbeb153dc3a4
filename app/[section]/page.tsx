import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { sectionBySlug, sections } from '@/content/sections';
import { DocPage } from '@/components/site/DocPage';
import { pageMetadata } from '@/components/site/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return sections.map((s) => ({ section: s.slug }));
}

type Params = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const section = sectionBySlug((await params).section);
  if (!section) return {};
  const path = `/${section.slug}/`;
  return { title: section.title, ...pageMetadata({ ...section, path, name: section.slug }) };
}

export default async function SectionPage({ params }: Params) {
  const { section: slug } = await params;
  const section = sectionBySlug(slug);
  if (!section) notFound();
  const { default: Content } = await import(`@/content/${slug}.mdx`);
  return (
    <DocPage slug={slug}>
      <Content />
    </DocPage>
  );
}
