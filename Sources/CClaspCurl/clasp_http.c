#include "clasp_http.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __APPLE__
#define CLASP_LIBCURL "/usr/lib/libcurl.4.dylib"
#else
#define CLASP_LIBCURL "libcurl.so.4"
#endif

/* The libcurl functions used, resolved once from the loaded library. curl_easy_setopt and
   curl_easy_getinfo are variadic: they are called from C only, with the type each option takes. */
static struct {
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    CURLcode (*global_init)(long);
    int loaded;
    char failure[512];
} curl;

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;

static void load_curl(void) {
    void *library = dlopen(CLASP_LIBCURL, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(curl.failure, sizeof curl.failure, "%s", reason ? reason : CLASP_LIBCURL ": cannot be loaded");
        return;
    }
#define CLASP_RESOLVE(field, symbol)                                                                  \
    if ((*(void **)&curl.field = dlsym(library, symbol)) == NULL) {                                   \
        snprintf(curl.failure, sizeof curl.failure, "%s has no %s", CLASP_LIBCURL, symbol);           \
        return;                                                                                       \
    }
    CLASP_RESOLVE(easy_init, "curl_easy_init")
    CLASP_RESOLVE(easy_setopt, "curl_easy_setopt")
    CLASP_RESOLVE(easy_perform, "curl_easy_perform")
    CLASP_RESOLVE(easy_getinfo, "curl_easy_getinfo")
    CLASP_RESOLVE(easy_cleanup, "curl_easy_cleanup")
    CLASP_RESOLVE(easy_strerror, "curl_easy_strerror")
    CLASP_RESOLVE(slist_append, "curl_slist_append")
    CLASP_RESOLVE(slist_free_all, "curl_slist_free_all")
    CLASP_RESOLVE(global_init, "curl_global_init")
#undef CLASP_RESOLVE
    /* Not thread-safe before libcurl 7.84, hence here, once, before any handle exists. */
    CURLcode code = curl.global_init(CURL_GLOBAL_DEFAULT);
    if (code != CURLE_OK) {
        snprintf(curl.failure, sizeof curl.failure, "curl_global_init failed (%d)", (int)code);
        return;
    }
    curl.loaded = 1;
}

static char *copy_message(const char *format, ...) {
    char text[CURL_ERROR_SIZE + 256];
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(text, sizeof text, format, arguments);
    va_end(arguments);
    return strdup(text);
}

/* The answer's body, capped at `limit` bytes. */
struct sink {
    unsigned char *data;
    size_t length, capacity, limit;
    int too_large, out_of_memory;
};

static size_t write_body(char *bytes, size_t size, size_t count, void *context) {
    struct sink *sink = context;
    size_t length = size * count;
    if (sink->limit != 0 && length > sink->limit - sink->length) {
        sink->too_large = 1;
        return 0;
    }
    if (length > sink->capacity - sink->length) {
        size_t capacity = sink->capacity ? sink->capacity * 2 : 16384;
        if (capacity < sink->length + length) capacity = sink->length + length;
        unsigned char *grown = realloc(sink->data, capacity);
        if (grown == NULL) {
            sink->out_of_memory = 1;
            return 0;
        }
        sink->data = grown;
        sink->capacity = capacity;
    }
    memcpy(sink->data + sink->length, bytes, length);
    sink->length += length;
    return length;
}

static CURLcode set_long(CURL *handle, CURLoption option, long value) {
    return curl.easy_setopt(handle, option, value);
}

static CURLcode set_pointer(CURL *handle, CURLoption option, const void *value) {
    return curl.easy_setopt(handle, option, value);
}

static CURLcode set_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return curl.easy_setopt(handle, option, value);
}

static CURLcode set_writer(CURL *handle, curl_write_callback writer) {
    return curl.easy_setopt(handle, CURLOPT_WRITEFUNCTION, writer);
}

/* Every option of one exchange; the first that libcurl refuses is returned. */
static CURLcode configure(CURL *handle, const clasp_http_request *request, struct curl_slist *headers,
                          struct sink *sink, char *error_buffer) {
    CURLcode code = CURLE_OK;
#define CLASP_SET(call) if ((code = (call)) != CURLE_OK) return code
    CLASP_SET(set_pointer(handle, CURLOPT_ERRORBUFFER, error_buffer));
    /* No signals (libcurl may run in any thread of a process with its own signal handling). */
    CLASP_SET(set_long(handle, CURLOPT_NOSIGNAL, 1L));
    CLASP_SET(set_pointer(handle, CURLOPT_URL, request->url));
    /* Only http and https, and no redirects (a 3xx is an answer like any other). libcurl before
       7.85 lacks the option; the URLs given here are checked to be http(s) before they get here. */
#if LIBCURL_VERSION_NUM >= 0x075500
    set_pointer(handle, CURLOPT_PROTOCOLS_STR, "http,https");
#endif
    CLASP_SET(set_long(handle, CURLOPT_FOLLOWLOCATION, 0L));
    CLASP_SET(set_writer(handle, write_body));
    CLASP_SET(set_pointer(handle, CURLOPT_WRITEDATA, sink));
    CLASP_SET(set_pointer(handle, CURLOPT_HTTPHEADER, headers));
    if (request->body != NULL) {
        CLASP_SET(set_long(handle, CURLOPT_POST, 1L));
        CLASP_SET(set_pointer(handle, CURLOPT_POSTFIELDS, request->body));
        CLASP_SET(set_offset(handle, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)request->body_length));
        if (strcmp(request->method, "POST") != 0) CLASP_SET(set_pointer(handle, CURLOPT_CUSTOMREQUEST, request->method));
    } else if (strcmp(request->method, "GET") == 0) {
        CLASP_SET(set_long(handle, CURLOPT_HTTPGET, 1L));
    } else if (strcmp(request->method, "HEAD") == 0) {
        CLASP_SET(set_long(handle, CURLOPT_NOBODY, 1L));
    } else {
        CLASP_SET(set_pointer(handle, CURLOPT_CUSTOMREQUEST, request->method));
    }
    if (request->proxy != NULL) {
        /* The caller chose: libcurl must not read http_proxy or no_proxy from the environment. */
        CLASP_SET(set_pointer(handle, CURLOPT_PROXY, request->proxy));
        CLASP_SET(set_pointer(handle, CURLOPT_NOPROXY, ""));
        /* Through an http proxy, tunnel with CONNECT for http as for https. */
        if (strncmp(request->proxy, "http", 4) == 0) CLASP_SET(set_long(handle, CURLOPT_HTTPPROXYTUNNEL, 1L));
    }
    if (request->connect_timeout_ms > 0) CLASP_SET(set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, request->connect_timeout_ms));
    if (request->idle_timeout_s > 0) {
        CLASP_SET(set_long(handle, CURLOPT_LOW_SPEED_LIMIT, 1L));
        CLASP_SET(set_long(handle, CURLOPT_LOW_SPEED_TIME, request->idle_timeout_s));
    }
    if (request->total_timeout_ms > 0) CLASP_SET(set_long(handle, CURLOPT_TIMEOUT_MS, request->total_timeout_ms));
    if (request->max_body_bytes > 0) {
        CLASP_SET(set_offset(handle, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)request->max_body_bytes));
    }
#undef CLASP_SET
    return code;
}

int clasp_http_exchange(const clasp_http_request *request, clasp_http_response *response) {
    pthread_once(&curl_once, load_curl);
    if (!curl.loaded) {
        response->error = strdup(curl.failure);
        return CLASP_HTTP_NO_LIBCURL;
    }
    CURL *handle = curl.easy_init();
    if (handle == NULL) {
        response->error = strdup("curl_easy_init failed");
        return CLASP_HTTP_FAILED;
    }
    struct curl_slist *headers = NULL;
    int listed = 1;
    for (size_t index = 0; index < request->header_count && listed; index++) {
        struct curl_slist *longer = curl.slist_append(headers, request->headers[index]);
        if (longer == NULL) listed = 0; else headers = longer;
    }
    /* No "Expect: 100-continue" pause before a larger body. */
    if (listed && request->body != NULL) {
        struct curl_slist *longer = curl.slist_append(headers, "Expect:");
        if (longer == NULL) listed = 0; else headers = longer;
    }
    struct sink sink = {.limit = request->max_body_bytes};
    char error_buffer[CURL_ERROR_SIZE] = {0};
    CURLcode code = listed ? configure(handle, request, headers, &sink, error_buffer) : CURLE_OUT_OF_MEMORY;
    if (code == CURLE_OK) code = curl.easy_perform(handle);
    int result = CLASP_HTTP_OK;
    if (code == CURLE_OK) {
        curl.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response->status);
        response->body = sink.data;
        response->body_length = sink.length;
        sink.data = NULL;
    } else {
        result = CLASP_HTTP_FAILED;
        if (sink.too_large || code == CURLE_FILESIZE_EXCEEDED) {
            response->error = copy_message("the answer is larger than %zu bytes", request->max_body_bytes);
        } else if (sink.out_of_memory) {
            response->error = copy_message("out of memory for the answer (%zu bytes so far)", sink.length);
        } else if (error_buffer[0] != '\0') {
            response->error = copy_message("%s", error_buffer);
        } else {
            response->error = copy_message("%s", curl.easy_strerror(code));
        }
    }
    free(sink.data);
    curl.slist_free_all(headers);
    curl.easy_cleanup(handle);
    return result;
}

void clasp_http_response_release(clasp_http_response *response) {
    free(response->body);
    free(response->error);
    response->body = NULL;
    response->error = NULL;
}
