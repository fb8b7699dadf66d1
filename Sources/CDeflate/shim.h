#ifndef RRPKIT_CDEFLATE_SHIM_H
#define RRPKIT_CDEFLATE_SHIM_H
#include <isa-l.h>
#include <stddef.h>
#include <stdint.h>

/// The size of the work buffer ISA-L's level 1 is given (its default, as igzip uses).
static inline size_t rrp_deflate_level_buffer_size(void) { return ISAL_DEF_LVL1_DEFAULT; }

/// The most a whole buffer of `count` bytes can take deflated: ISA-L's stateless compression
/// writes at most the input and the headers of stored blocks (5 bytes for each 65,535), with
/// room for one block's Huffman header.
static inline size_t rrp_deflate_bound(size_t count) { return count + 5 * (count / 65535 + 1) + ISAL_DEF_MAX_HDR_SIZE; }

/// Deflates `count` bytes at `input` whole, as one raw deflate stream (no zlib or gzip wrapper),
/// with ISA-L's level 1 into `output`; `stream` and `level_buffer` are the caller's, reused from
/// one call to the next. Returns the length written, or 0 when it did not fit or failed.
static inline size_t rrp_deflate(struct isal_zstream *stream, uint8_t *level_buffer,
                                 const uint8_t *input, size_t count, uint8_t *output, size_t capacity) {
    isal_deflate_stateless_init(stream);
    stream->level = 1;
    stream->level_buf = level_buffer;
    stream->level_buf_size = (uint32_t)rrp_deflate_level_buffer_size();
    stream->gzip_flag = IGZIP_DEFLATE;
    stream->flush = NO_FLUSH;
    stream->end_of_stream = 1;
    stream->next_in = (uint8_t *)input;
    stream->avail_in = (uint32_t)count;
    stream->next_out = output;
    stream->avail_out = (uint32_t)capacity;
    if (isal_deflate_stateless(stream) != COMP_OK) return 0;
    return stream->total_out;
}

/// The CRC-32 of ZIP (and gzip): ISA-L's reflected IEEE CRC.
static inline uint32_t rrp_crc32(const uint8_t *input, size_t count) { return crc32_gzip_refl(0, input, count); }
#endif
