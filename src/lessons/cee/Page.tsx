import { LessonPlaceholder } from '../../components/LessonPlaceholder';

export default function Page() {
  return <LessonPlaceholder />;
}
