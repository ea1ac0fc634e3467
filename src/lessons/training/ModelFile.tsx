import { ModelHistory } from '../../components/models/ModelHistory';

/** The lab's kept models: the history the drawing lesson picks its network from. */
export function ModelFile() {
  return <ModelHistory />;
}
