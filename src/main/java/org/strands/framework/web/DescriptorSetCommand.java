package org.strands.framework.web;

import org.springframework.web.multipart.MultipartFile;

/** The load-a-descriptor-set form as entered, with its file. */
record DescriptorSetCommand(String code, String name, String discipline, MultipartFile file) {
}
