import { ApiError, asApiError } from '../../../api/client';
import { formatSize } from '../../../api/documents';

/**
 * A refused upload as a problem naming the file, its error on the API's
 * field "file" (useChange prefixes it for the form's file input): a type the
 * server does not accept (400 on "file"), a file over the limit (413), or a
 * connection the server cut off.
 */
export function uploadProblem(caught: unknown, file: File): ApiError {
  const error = asApiError(caught);
  const { problem } = error;
  let message: string | null = null;
  if (problem.status === 413) {
    const limit = /(\d+) bytes/.exec(problem.detail ?? '');
    message = limit
      ? `The file ${file.name} is too large: it must be smaller than ${formatSize(Number(limit[1]))}`
      : `The file ${file.name} is too large`;
  } else if (problem.status === 400) {
    const refusal = problem.errors.find((item) => item.field === 'file');
    if (refusal) message = `The file ${file.name} cannot be uploaded: ${refusal.message}`;
  } else if (problem.status === 0) {
    message = `The file ${file.name} could not be uploaded: the connection failed. Try again, or choose a smaller file`;
  }
  if (message === null) return error;
  return new ApiError({ type: problem.type, title: problem.title, status: problem.status, errors: [{ field: 'file', message }] });
}
