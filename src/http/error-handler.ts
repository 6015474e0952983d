import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError, type ErrorBody, type ErrorCode, httpStatusOf } from '../shared/errors.js';

/** Fastify's own error codes that are the client's mistake, with the stable code we answer. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_REQ_FILE_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_VALIDATION: 'validation_failed',
  FST_CSRF_INVALID_TOKEN: 'csrf_invalid',
  FST_CSRF_MISSING_SECRET: 'csrf_invalid',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'unsupported_media_type',
};

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  message: string,
  details?: unknown,
) {
  const body: ErrorBody = { error: { code, message, requestId: request.id } };
  if (details !== undefined) body.error.details = details;
  return reply.status(httpStatusOf(code)).type('application/json').send(body);
}

const zodDetails = (err: ZodError) =>
  err.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code }));

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      if (err.headers) reply.headers(err.headers);
      return send(reply, request, err.code, err.message, err.details);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        path: [err.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message,
        code: (v.params as { issue?: { code?: string } } | undefined)?.issue?.code ?? v.keyword,
      }));
      return send(
        reply,
        request,
        'validation_failed',
        `Invalid ${err.validationContext ?? 'request'}`,
        details,
      );
    }
    if (err instanceof ZodError)
      return send(reply, request, 'validation_failed', 'Invalid input', zodDetails(err));
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (mapped) return send(reply, request, mapped, err.message);
    if (isResponseSerializationError(err))
      request.log.error({ err, issues: err.cause.issues }, 'response failed its schema');
    else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Any other client error raised by Fastify or a plugin: keep its status, give it a stable code.
      return reply.status(err.statusCode).send({
        error: {
          code: err.statusCode === 404 ? 'not_found' : 'validation_failed',
          message: err.message,
          requestId: request.id,
        },
      });
    } else request.log.error({ err }, 'unhandled error');
    return send(
      reply,
      request,
      'internal',
      'Something went wrong on our side; the request id helps us find it',
    );
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, request, 'route_not_found', `No route ${request.method} ${request.url.split('?')[0]}`),
  );
}
