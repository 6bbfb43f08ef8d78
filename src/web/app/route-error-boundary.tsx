import { Component, type ReactNode } from 'react';
import { RouteError } from './routes/route-error';

type Props = {
  children: ReactNode;
  /** Outside the shell (it may be what failed): draw a full page instead of a panel. */
  bare?: boolean;
};
type State = { error: unknown; failed: boolean };

/**
 * Catches a render error (or a route chunk that failed to load) and explains it instead of
 * leaving a blank page. The layout keys it by path, so navigating elsewhere recovers.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  /** Renders the children again (after a data retry has cleared the failed query). */
  reset = () => this.setState({ error: null, failed: false });

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <RouteError error={this.state.error} bare={this.props.bare ?? false} onReset={this.reset} />
    );
  }
}
