/* Fuzz target: untrusted bytes as the JSONL records of `kamerref graph --from-refs` (the JSON
 * reader and the records-to-graph path), then the graph is finished and written. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "kamerref.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[] = "/tmp/kr-fuzz-jsonl-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return 0;
    if (write(fd, data, size) != (ssize_t)size) {
        close(fd);
        unlink(path);
        return 0;
    }
    close(fd);
    kr_graph *g = NULL;
    if (kr_graph_new(&g)) abort();
    kr_graph_add_refs_jsonl(g, path); /* errors are fine; crashes are not */
    unlink(path);
    kr_graph_options o = {0};
    if (kr_graph_finish(g, &o)) abort();
    char out[] = "/tmp/kr-fuzz-jsonl-out-XXXXXX";
    int ofd = mkstemp(out);
    if (ofd >= 0) {
        close(ofd);
        kr_graph_write(g, KR_GRAPH_JSON, out);
        unlink(out);
    }
    kr_graph_free(g);
    return 0;
}
