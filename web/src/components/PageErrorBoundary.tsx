import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ServiceProblemPage } from '../pages/ServiceProblemPage';

interface Props {
  /** The address shown; moving to another one renders the page again. */
  address: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  address: string;
}

/**
 * Shows the "problem with the service" page in place of a page that threw
 * while rendering, instead of an empty screen.
 */
export class PageErrorBoundary extends Component<Props, State> {
  constructor(props: Props) {
    super(props);
    this.state = { failed: false, address: props.address };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.address === state.address ? null : { failed: false, address: props.address };
  }

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A page failed to render', error, info.componentStack);
  }

  render(): ReactNode {
    return this.state.failed ? <ServiceProblemPage /> : this.props.children;
  }
}
