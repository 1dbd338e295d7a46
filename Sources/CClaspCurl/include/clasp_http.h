#ifndef CLASP_HTTP_H
#define CLASP_HTTP_H

#include <stddef.h>

/* One HTTP exchange through libcurl, which is loaded with dlopen on the first exchange, not
   linked: a process that never sends a request never loads libcurl and its libraries. */

typedef struct clasp_http_request {
    const char *method;               /* "GET", "POST", … */
    const char *url;                  /* http or https; redirects are not followed */
    const char *const *headers;       /* "Name: value" lines */
    size_t header_count;
    const void *body;                 /* NULL: no body */
    size_t body_length;
    const char *proxy;                /* NULL: libcurl reads http_proxy & co itself; "": direct;
                                         else the proxy, e.g. http://user:pass@host:3128, socks5h://host:1080 */
    long connect_timeout_ms;          /* 0: libcurl's default */
    long idle_timeout_s;              /* 0: none; else fail when under a byte a second arrives for this long */
    long total_timeout_ms;            /* 0: none */
    size_t max_body_bytes;            /* 0: no limit */
} clasp_http_request;

typedef struct clasp_http_response {
    long status;                      /* the HTTP status, when an answer came */
    unsigned char *body;              /* malloc'd; release with clasp_http_response_release */
    size_t body_length;
    char *error;                      /* malloc'd message when the exchange failed, else NULL */
} clasp_http_response;

enum {
    CLASP_HTTP_OK = 0,                /* an answer came, of any status */
    CLASP_HTTP_NO_LIBCURL = 1,        /* libcurl.so.4 could not be loaded; error says why */
    CLASP_HTTP_FAILED = 2,            /* no answer: connection, TLS, timeout, proxy, size; error says which */
};

/* Sends `request` and fills `response` (which the caller zeroes and later releases). Blocks the
   calling thread for the whole exchange; safe to call from several threads at once. */
int clasp_http_exchange(const clasp_http_request *request, clasp_http_response *response);

void clasp_http_response_release(clasp_http_response *response);

#endif
