'use client';
/**
 * Around a part of the page whose code loads later (the layer view, the editor, the goals, the
 * browser pane, the search): if that code cannot be downloaded (offline before the first
 * visit, a failed request), the part says so in Korean and the rest of the page goes on. Without
 * it the failed import reached Next's root boundary and took the whole page to "This page
 * couldn't load".
 */
import { Component, type ReactNode } from 'react';
import styles from './LoadBoundary.module.css';

export const LOAD_FAILED =
  '이 부분을 불러오지 못했습니다. 네트워크를 확인하고 페이지를 새로 고쳐 주세요.';

interface LoadBoundaryProps {
  children: ReactNode;
  /** What failed to load, for the message ("레이어 보기"). */
  what?: string;
}

export class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    // The console keeps the cause for whoever looks; the reader gets the sentence.
    console.error(error);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const what = this.props.what;
    return (
      <p role="alert" className={styles.failed}>
        {what ? `${what}: ${LOAD_FAILED}` : LOAD_FAILED}
      </p>
    );
  }
}
